#pragma once

// Tags written as "B-ORG I-ORG O", for the tests of span repairs.
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QString>
#include <QStringList>

inline QList<galley::TagId> tagsOf(const QString &names)
{
    QList<galley::TagId> tags;
    for (const QString &name : names.split(u' '))
        tags.append(galley::TagId(galley::tagFromName(name)));
    return tags;
}

inline QString namesOf(const QList<galley::TagId> &tags)
{
    QStringList names;
    for (galley::TagId tag : tags)
        names.append(QString(galley::tagName(tag)));
    return names.join(u' ');
}

// A document's sentences split by '|', words by ' ', with their tags written alike: the tags
// after `repair` runs over the whole document, written alike.
template <typename Repair>
QString repairedDocument(const QString &words, const QString &tagged, Repair repair)
{
    QList<QStringList> sentences;
    QList<QList<galley::TagId>> tags;
    for (const QString &sentence : words.split(u'|'))
        sentences.append(sentence.split(u' '));
    for (const QString &sentence : tagged.split(u'|'))
        tags.append(tagsOf(sentence));
    repair(sentences, tags);
    QStringList result;
    for (const QList<galley::TagId> &sentence : std::as_const(tags))
        result.append(namesOf(sentence));
    return result.join(u'|');
}

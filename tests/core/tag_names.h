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

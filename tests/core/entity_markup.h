#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QString>

// Text with entity mentions written in brackets, "[PER Bashar Assad] visited [LOC Aleppo]", as
// plain text plus the mentions (UTF-16 offsets into the plain text).
struct MarkedText
{
    QString text;
    QList<galley::EntityMention> mentions;
};

inline MarkedText parseEntityMarkup(const QString &markup)
{
    MarkedText result;
    for (qsizetype i = 0; i < markup.size(); ++i) {
        if (markup[i] != u'[') {
            result.text += markup[i];
            continue;
        }
        const qsizetype space = markup.indexOf(u' ', i);
        const qsizetype close = markup.indexOf(u']', space);
        const QString label = markup.mid(i + 1, space - i - 1);
        galley::EntityType type = galley::EntityType::Miscellaneous;
        for (int t = 0; t < galley::kEntityTypeCount; ++t) {
            if (galley::entityTypeName(galley::EntityType(t)) == label)
                type = galley::EntityType(t);
        }
        const qsizetype start = result.text.size();
        result.text += markup.mid(space + 1, close - space - 1);
        result.mentions.append({start, result.text.size(), type});
        i = close;
    }
    return result;
}

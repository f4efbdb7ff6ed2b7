#include "formats/annotation_format.h"

#include "formats/brat_format.h"
#include "formats/conll_format.h"
#include "formats/csv_tables.h"
#include "formats/galley_json_format.h"
#include "formats/jsonl_format.h"
#include "formats/label_studio_format.h"
#include "formats/spacy_format.h"
#include "formats/w3c_format.h"

namespace galley {

using namespace Qt::StringLiterals;

const QList<AnnotationFormat> &annotationFormats()
{
    static const QList<AnnotationFormat> formats{
        {"galley"_L1, "Galley's own annotation file, STEM.galley.json: carries everything"_L1, "code points"_L1,
         writeGalleyJson, readGalleyJson, {}, true},
        {"brat"_L1, "brat standoff: STEM.txt + STEM.ann + annotation.conf"_L1, "code points"_L1, writeBrat, readBrat,
         "txt ann"_L1, true},
        {"conll"_L1, "CoNLL-2003 columns, IOB2 entity tags (PER, ORG, LOC, MISC)"_L1, "tokens"_L1, writeConll,
         readConll, {}},
        {"jsonl"_L1, "doccano / Prodigy JSONL: text, spans, relations, one document a line"_L1, "code points"_L1,
         writeJsonl, readJsonl, {}},
        {"label-studio"_L1, "Label Studio JSON tasks: labels and relation results"_L1, "code points"_L1,
         writeLabelStudio, readLabelStudio, {}},
        {"w3c"_L1, "W3C Web Annotation JSON-LD, one annotation per span (export only)"_L1, "code points"_L1, writeW3c,
         nullptr, {}},
        {"spacy"_L1, "spaCy Doc JSON: text, tokens, ents, spans by group (export only)"_L1, "code points"_L1,
         writeSpacy, nullptr, {}},
        {"csv"_L1, "CSV tables: STEM-quotes.csv, STEM-numbers.csv, STEM-entities.csv (export only)"_L1,
         "code points"_L1, writeCsvTables, nullptr, {}},
    };
    return formats;
}

const AnnotationFormat *findAnnotationFormat(QStringView name)
{
    for (const AnnotationFormat &format : annotationFormats()) {
        if (name == format.name)
            return &format;
    }
    return nullptr;
}

QStringList annotationFormatNames(bool importable)
{
    QStringList names;
    for (const AnnotationFormat &format : annotationFormats()) {
        if (!importable || format.read)
            names.append(format.name);
    }
    return names;
}

} // namespace galley

#include "formats/galley_meta.h"

#include "formats/galley_fields.h"

namespace galley {

void writeGalleyMeta(JsonObjectWriter &document, const AnnotationSet &set, const QByteArray &otherRelations,
                     const QList<std::pair<const char *, QByteArray>> &extra)
{
    JsonObjectWriter meta(document.key("meta"));
    JsonObjectWriter galley(meta.key("galley"));
    writeDocumentFields(galley, set);
    if (!otherRelations.isEmpty())
        galley.key("relations") += otherRelations + ']';
    for (const auto &[name, json] : extra)
        galley.key(name) += json;
    galley.close();
    meta.close();
}

} // namespace galley

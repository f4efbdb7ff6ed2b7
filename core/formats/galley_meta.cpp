#include "formats/galley_meta.h"

#include "formats/galley_fields.h"

namespace galley {

void writeGalleyMeta(JsonObjectWriter &document, const AnnotationSet &set, const QByteArray &otherRelations)
{
    JsonObjectWriter meta(document.key("meta"));
    JsonObjectWriter galley(meta.key("galley"));
    writeDocumentFields(galley, set);
    if (!otherRelations.isEmpty())
        galley.key("relations") += otherRelations + ']';
    galley.close();
    meta.close();
}

} // namespace galley

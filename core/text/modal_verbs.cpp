#include "text/modal_verbs.h"

namespace galley {

bool isModalVerb(QStringView lowerWord)
{
    return lowerWord == u"will" || lowerWord == u"may" || lowerWord == u"can" || lowerWord == u"might"
        || lowerWord == u"must" || lowerWord == u"shall" || lowerWord == u"should" || lowerWord == u"would"
        || lowerWord == u"could";
}

} // namespace galley

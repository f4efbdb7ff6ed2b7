#include "accessible_names.h"

#include <QSplitter>
#include <QSplitterHandle>

namespace galley {

void nameSplitterHandles(QSplitter *splitter, const QStringList &names)
{
    // Handle 0 sits before the first widget and is never shown.
    for (int i = 0; i < names.size() && i + 1 < splitter->count(); ++i) {
        QSplitterHandle *handle = splitter->handle(i + 1);
        handle->setAccessibleName(names.at(i));
        handle->setToolTip(names.at(i));
    }
}

} // namespace galley

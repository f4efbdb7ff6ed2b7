#include "status_swatch.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace galley {

namespace {

enum class Mark { None, Check, Cross };

Mark markOf(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending: return Mark::None;
    case ReviewStatus::Rejected: return Mark::Cross;
    default: return Mark::Check;
    }
}

QPixmap drawSwatch(const QColor &colour, Mark mark)
{
    constexpr int kSide = 16;
    QPixmap pixmap(kSide, kSide);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(1, 1, kSide - 2, kSide - 2), colour);
    if (mark == Mark::None)
        return pixmap;
    // white on a dark colour, black on a light one
    const QColor ink = colour.lightnessF() < 0.6 ? Qt::white : Qt::black;
    painter.setPen(QPen(ink, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (mark == Mark::Check) {
        painter.drawPolyline(QPolygonF({QPointF(4, 8.5), QPointF(7, 11.5), QPointF(12, 4.5)}));
    } else {
        painter.drawLine(QPointF(4.5, 4.5), QPointF(11.5, 11.5));
        painter.drawLine(QPointF(11.5, 4.5), QPointF(4.5, 11.5));
    }
    return pixmap;
}

} // namespace

QIcon statusSwatch(const QColor &labelColour, ReviewStatus status)
{
    const Mark mark = markOf(status);
    static QHash<QString, QIcon> drawn;   // a few labels times three marks
    const QString key = labelColour.name(QColor::HexArgb) + QChar(u'0' + int(mark));
    auto found = drawn.constFind(key);
    if (found == drawn.cend())
        found = drawn.insert(key, QIcon(drawSwatch(labelColour, mark)));
    return *found;
}

} // namespace galley

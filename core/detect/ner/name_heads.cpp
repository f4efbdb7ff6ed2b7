#include "detect/ner/name_heads.h"

#include <QHash>
#include <QSet>

namespace galley {

bool isPlaceOrThingHead(const QString &lower)
{
    static const QSet<QString> heads = {
        QStringLiteral("county"),    QStringLiteral("street"),   QStringLiteral("road"),      QStringLiteral("avenue"),
        QStringLiteral("boulevard"), QStringLiteral("lane"),     QStringLiteral("drive"),     QStringLiteral("square"),
        QStringLiteral("park"),      QStringLiteral("beach"),    QStringLiteral("bay"),       QStringLiteral("lake"),
        QStringLiteral("river"),     QStringLiteral("island"),   QStringLiteral("valley"),    QStringLiteral("mountain"),
        QStringLiteral("hill"),      QStringLiteral("heights"),  QStringLiteral("springs"),   QStringLiteral("falls"),
        QStringLiteral("bridge"),    QStringLiteral("tower"),    QStringLiteral("hall"),      QStringLiteral("house"),
        QStringLiteral("palace"),    QStringLiteral("castle"),   QStringLiteral("stadium"),   QStringLiteral("arena"),
        QStringLiteral("centre"),    QStringLiteral("center"),   QStringLiteral("airport"),   QStringLiteral("station"),
        QStringLiteral("hospital"),  QStringLiteral("clinic"),   QStringLiteral("museum"),    QStringLiteral("gallery"),
        QStringLiteral("library"),   QStringLiteral("theatre"),  QStringLiteral("theater"),   QStringLiteral("church"),
        QStringLiteral("cathedral"), QStringLiteral("mosque"),   QStringLiteral("temple"),    QStringLiteral("memorial"),
        QStringLiteral("prize"),     QStringLiteral("award"),    QStringLiteral("cup"),       QStringLiteral("trophy"),
        QStringLiteral("open"),      QStringLiteral("classic"),  QStringLiteral("festival"),  QStringLiteral("show"),
        QStringLiteral("day"),       QStringLiteral("age"),      QStringLiteral("era"),       QStringLiteral("project"),
        QStringLiteral("plan"),      QStringLiteral("act"),      QStringLiteral("law"),       QStringLiteral("doctrine"),
        QStringLiteral("media"),     QStringLiteral("research"), QStringLiteral("studio"),    QStringLiteral("records"),
        QStringLiteral("pictures"),  QStringLiteral("films"),    QStringLiteral("entertainment"), QStringLiteral("labs"),
        QStringLiteral("ventures"),  QStringLiteral("medical"),  QStringLiteral("health"),    QStringLiteral("healthcare"),
        QStringLiteral("energy"),    QStringLiteral("report"),   QStringLiteral("review"),    QStringLiteral("magazine"),
        QStringLiteral("gazette"),   QStringLiteral("channel"),  QStringLiteral("collection"), QStringLiteral("school"),
        QStringLiteral("initiative"), QStringLiteral("campaign"), QStringLiteral("fellowship"), QStringLiteral("amendment"),
        QStringLiteral("syndrome"),  QStringLiteral("consulting"), QStringLiteral("publishing"), QStringLiteral("electric"),
        QStringLiteral("uprising"),  QStringLiteral("revolution"), QStringLiteral("accords"),  QStringLiteral("treaty"),
        QStringLiteral("summit"),    QStringLiteral("conference"), QStringLiteral("medal"),    QStringLiteral("scholarship"),
        QStringLiteral("index"),     QStringLiteral("podcast"),  QStringLiteral("series"),    QStringLiteral("tour"),
        QStringLiteral("hotel"),     QStringLiteral("resort"),   QStringLiteral("restaurant"), QStringLiteral("pharmacy"),
    };
    return heads.contains(lower);
}

std::optional<EntityType> typeOfNameEndingIn(const QString &lower, bool longName)
{
    static const QHash<QString, EntityType> heads = {
        {QStringLiteral("airport"), EntityType::Location},    {QStringLiteral("station"), EntityType::Location},
        {QStringLiteral("avenue"), EntityType::Location},     {QStringLiteral("boulevard"), EntityType::Location},
        {QStringLiteral("square"), EntityType::Location},     {QStringLiteral("bridge"), EntityType::Location},
        {QStringLiteral("stadium"), EntityType::Location},    {QStringLiteral("memorial"), EntityType::Location},
        {QStringLiteral("county"), EntityType::Location},     {QStringLiteral("road"), EntityType::Location},
        {QStringLiteral("highway"), EntityType::Location},    {QStringLiteral("tunnel"), EntityType::Location},
        {QStringLiteral("plaza"), EntityType::Location},      {QStringLiteral("institute"), EntityType::Organization},
        {QStringLiteral("foundation"), EntityType::Organization}, {QStringLiteral("hospital"), EntityType::Organization},
        {QStringLiteral("museum"), EntityType::Organization}, {QStringLiteral("library"), EntityType::Organization},
        {QStringLiteral("university"), EntityType::Organization}, {QStringLiteral("college"), EntityType::Organization},
        {QStringLiteral("academy"), EntityType::Organization}, {QStringLiteral("center"), EntityType::Organization},
        {QStringLiteral("centre"), EntityType::Organization}, {QStringLiteral("clinic"), EntityType::Organization},
        {QStringLiteral("prize"), EntityType::Miscellaneous}, {QStringLiteral("award"), EntityType::Miscellaneous},
        {QStringLiteral("awards"), EntityType::Miscellaneous}, {QStringLiteral("trophy"), EntityType::Miscellaneous},
        {QStringLiteral("syndrome"), EntityType::Miscellaneous}, {QStringLiteral("amendment"), EntityType::Miscellaneous},
        {QStringLiteral("accords"), EntityType::Miscellaneous}, {QStringLiteral("doctrine"), EntityType::Miscellaneous},
        {QStringLiteral("treaty"), EntityType::Miscellaneous}, {QStringLiteral("medal"), EntityType::Miscellaneous},
        {QStringLiteral("festival"), EntityType::Miscellaneous},
    };
    // Surnames too: only in longer names ("Tony Hall", "Jude Law", "Bruce Arena" stay persons)
    static const QHash<QString, EntityType> surnameHeads = {
        {QStringLiteral("day"), EntityType::Miscellaneous},   {QStringLiteral("law"), EntityType::Miscellaneous},
        {QStringLiteral("cup"), EntityType::Miscellaneous},   {QStringLiteral("hall"), EntityType::Location},
        {QStringLiteral("hill"), EntityType::Location},       {QStringLiteral("park"), EntityType::Location},
        {QStringLiteral("house"), EntityType::Location},      {QStringLiteral("bay"), EntityType::Location},
        {QStringLiteral("street"), EntityType::Location},     {QStringLiteral("arena"), EntityType::Location},
        {QStringLiteral("tower"), EntityType::Location},      {QStringLiteral("field"), EntityType::Location},
    };
    if (const auto found = heads.constFind(lower); found != heads.cend())
        return *found;
    if (const auto found = surnameHeads.constFind(lower); longName && found != surnameHeads.cend())
        return *found;
    return std::nullopt;
}

} // namespace galley

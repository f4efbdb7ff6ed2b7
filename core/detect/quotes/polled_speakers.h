#pragma once

#include "detect/quotes/quote.h"

#include <QList>

namespace galley {

// "Economists polled by Reuters expect the bank to raise rates": who answered the poll speaks,
// not who ran it. A speaker right after "polled by", "surveyed by", "interviewed by" (and the
// like) takes in the group before it, back to the start of its clause.
void giveSpeakersTheirRespondents(QStringView text, QList<Quote> &quotes);

} // namespace galley

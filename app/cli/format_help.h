#pragma once

#include <QString>

// The formats export and import take, one a line with offset unit and what it is, for --help.
QString formatListHelp(bool importableOnly);

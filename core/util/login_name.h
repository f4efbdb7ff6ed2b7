#pragma once

#include <QString>

namespace galley {

// Who is reviewing when nobody is named: the login name from the environment (USER, LOGNAME,
// USERNAME), else the account's own name (a session started with no environment, as some
// xvfb-run and cron setups are), else the home folder's name.
QString loginName();

} // namespace galley

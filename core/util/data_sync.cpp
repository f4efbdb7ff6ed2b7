#include "util/data_sync.h"

#include <atomic>

#include <unistd.h>

namespace galley {

namespace {

std::atomic<DataSyncFunction> g_sync{nullptr};

} // namespace

int syncData(int fileDescriptor)
{
    const DataSyncFunction sync = g_sync.load();
    return sync ? sync(fileDescriptor) : ::fdatasync(fileDescriptor);
}

void setDataSyncForTesting(DataSyncFunction sync)
{
    g_sync.store(sync);
}

} // namespace galley

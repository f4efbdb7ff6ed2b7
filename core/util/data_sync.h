#pragma once

namespace galley {

// fdatasync(2), through a seam so that tests can make the disk refuse to confirm a write.
// Returns 0 when the data is durable, as fdatasync does.
int syncData(int fileDescriptor);

using DataSyncFunction = int (*)(int fileDescriptor);

// Replaces the call syncData() makes; nullptr restores fdatasync. For tests only.
void setDataSyncForTesting(DataSyncFunction sync);

} // namespace galley

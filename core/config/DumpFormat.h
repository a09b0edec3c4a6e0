#pragma once

class QString;

namespace larder {

enum class DumpFormat { Custom, Directory, Plain, Tar };

QString dumpFormatName(DumpFormat format); // "custom", "directory", "plain", "tar"

} // namespace larder

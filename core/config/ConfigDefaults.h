// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/DumpFormat.h"

// Larder's built-in config values, written once: the config structs initialise their members with
// them, ConfigParser falls back to them, and ConfigKeyTable shows them (to the GUI and the docs).
namespace larder::ConfigDefaults {

inline constexpr int kPort = 5432;
inline constexpr char kSslMode[] = "prefer";
inline constexpr int kConnectTimeoutSeconds = 10;
inline constexpr int kRunMaxParallel = 2;    // [defaults].max_parallel: the whole run
inline constexpr int kServerMaxParallel = 1; // [servers.NAME].max_parallel: one server
inline constexpr char kSchedule[] = "daily";
inline constexpr char kTestRestore[] = "manual";
inline constexpr DumpFormat kFormat = DumpFormat::Custom;
inline constexpr int kCompression = 6;
inline constexpr int kTimeoutSeconds = 6 * 3600;
inline constexpr int kRetrySeconds = 15 * 60;
inline constexpr bool kEnabled = true;
inline constexpr bool kDumpGlobals = false;
// min_size_ratio: a dump smaller than this fraction of the median of the job's recent successful
// dumps is recorded with a warning (DumpSizeCheck); 0 turns the check off.
inline constexpr double kMinSizeRatio = 0.5;
// hook_timeout: a hook command running longer is killed with its process group.
inline constexpr int kHookTimeoutSeconds = 5 * 60;

} // namespace larder::ConfigDefaults

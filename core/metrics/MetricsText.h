// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QString>

namespace larder {

struct MetricsSnapshot;

// A MetricsSnapshot in Prometheus' text exposition format (version 0.0.4), the format of
// node_exporter's textfile collector: each metric named larder_*, with its HELP and TYPE lines,
// the jobs' labelled job_name, server and engine. Not "job": Prometheus gives every scraped series the job
// label of its scrape target and would rename ours to exported_job. Deterministic: the metrics in a
// fixed order, the jobs by name, no time of writing, so the same history gives the same bytes.
class MetricsText final
{
public:
    static QByteArray render(const MetricsSnapshot& snapshot);
    // A label value as the format quotes it: backslash, double quote and line feed escaped.
    static QString escapeLabelValue(const QString& value);
};

} // namespace larder

#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimer>

#include <functional>

namespace larder {

class RunService;
struct JobEvent;

// The dumps running now: bytes written, elapsed time, rate, and progress against an estimate (the
// size of the job's previous successful dump). A first dump has no estimate (ProgressRole -1). A dump
// that writes nothing says why (RunService::jobStalled): "stalled" as its rate, the words in its
// row's tooltip and StalledRole.
class RunningModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningModel)

public:
    using EstimateLookup = std::function<qint64(const QString& job)>;

    enum Column {
        JobColumn,
        ProgressColumn,
        WrittenColumn,
        ElapsedColumn,
        RateColumn,
        EtaColumn,
        ColumnCount
    };
    enum Role {
        JobNameRole = Qt::UserRole + 1,
        ProgressRole, // int 0..100; -1 without an estimate
        EstimateRole, // qint64 bytes; 0 without an estimate
        StalledRole   // QString: why it writes nothing; empty while it grows
    };

    RunningModel(RunService& service, EstimateLookup estimate, QObject* parent = nullptr);
    ~RunningModel() override;

    int rowOf(const QString& job) const; // -1 if not running

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Dump
    {
        QString job;
        QString server;
        QDateTime startedUtc;
        qint64 bytes = 0;
        qint64 estimate = 0;
        QString stalled;
    };

    void onJobChanged(const JobEvent& event);
    void onProgress(const QString& job, qint64 bytes);
    void onStalled(const QString& job, const QString& why);
    QVariant toolTip(const Dump& dump, int column) const;
    void tick();
    qint64 elapsedMs(const Dump& dump) const;
    int progressPercent(const Dump& dump) const;
    QString progressText(const Dump& dump) const;
    QString etaText(const Dump& dump) const;

    RunService& m_service;
    EstimateLookup m_estimate;
    QList<Dump> m_dumps;
    QTimer m_clock; // elapsed time and rate move even while pg_dump writes nothing
};

} // namespace larder

#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so that larder run and larder-gui can stop their
// dumps cleanly. One per process at a time: it owns the two signal handlers.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

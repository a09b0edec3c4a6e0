# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# Precompiled headers: most of a clean build's compile time went into parsing the same Qt and
# standard headers again for every file (~630 compile steps, ~100 of them one-file test programs).
# Only third-party headers that rarely change are here: a header of ours in a PCH would rebuild
# every file of the target whenever it changed.
#
# A PCH is only used by files compiled with the donor's flags and macros (GCC ignores it otherwise,
# with a -Winvalid-pch warning; clang refuses to compile), so each library has its own, and the
# tests share two donors (larder_test_pch, larder_guitest_pch) whose macros are a subset of every
# test's. QtTest's qtest.h, qtestevent.h, qtestmouse.h... change with QT_GUI_LIB, QT_WIDGETS_LIB and
# QT_NETWORK_LIB (QTEST_MAIN makes a QApplication when Widgets is linked), so they stay out of the
# tests' PCHs: each test still parses them with its own macros.

# QtCore, the standard library and tl::expected, as larder_core and everything on it uses them.
set(LARDER_PCH_CORE
    <algorithm> <atomic> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QObject> <QPointer> <QProcess>
    <QRegularExpression> <QSet> <QString> <QStringList> <QThread> <QTimeZone> <QTimer> <QVariant>
    <tl/expected.hpp>
)

# Qt Widgets and Gui as ui/ and the GUI tests use them.
set(LARDER_PCH_WIDGETS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QLabel> <QLineEdit> <QMessageBox> <QPalette> <QPlainTextEdit> <QProgressBar>
    <QPushButton> <QSpinBox> <QTableView> <QVBoxLayout> <QWidget>
)

# Qt Test without the headers that depend on the modules a test links (see above).
set(LARDER_PCH_TEST
    <QtTest/qtestcase.h> <QtTest/qtestdata.h> <QtTest/qbenchmark.h> <QtTest/qsignalspy.h>
    <QtTest/qtesteventloop.h>
    <QAbstractItemModel> <QCborValue> <QDirIterator> <QStandardPaths> <QTemporaryDir> <QUrl>
)

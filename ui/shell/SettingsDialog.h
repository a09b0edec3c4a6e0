// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace larder {

class GuiSettings;

// The desktop app's own preferences. Applies them on OK; a failed "start at login" is shown and the
// dialog stays open.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(GuiSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    GuiSettings& m_settings;
    QCheckBox* m_startAtLogin = nullptr;
    QCheckBox* m_notifyOnSuccess = nullptr;
    QCheckBox* m_monochromeTray = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace larder

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QLineEdit>
#include <QVariant>

namespace larder {

// One hook (before_dump, after_dump, on_failure, after_run) as the command line a person edits
// (CommandLine): empty inherits and removes the key, "none" writes [] (turns an inherited hook off).
// A value left as loaded is written back exactly as it was read, and one the line cannot show
// (an empty argument) is read-only: such a hook is edited in the file.
class HookCommandEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HookCommandEdit)

public:
    explicit HookCommandEdit(QWidget* parent = nullptr);

    // The key's value in the section itself (a QStringList, or invalid when unset).
    void setStoredValue(const QVariant& value);
    QVariant storedValue() const;
    // The word that writes an empty array, translated.
    static QString noneText();

private:
    QVariant m_loaded;
    QString m_loadedText;
};

} // namespace larder

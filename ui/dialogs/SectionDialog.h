// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/Config.h"
#include "config/toml/ConfigDocument.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QScrollArea;

namespace larder {

// Base of the dialogs that edit one section: every change is applied to a copy of the document and
// validated as `larder` would read it; the issues (the CLI's own messages) are listed, this section's
// first, and OK stays disabled while there are any, since save() would refuse the file anyway.
class SectionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionDialog)

public:
    ~SectionDialog() override;

    // The original document with this dialog's edits applied (what accept() leaves to be saved).
    const ConfigDocument& document() const { return m_edited; }
    // The config as `larder` would read the edited document; nullopt while it has issues.
    const std::optional<Config>& validatedConfig() const { return m_config; }
    // The texts shown in the issues label, for tests.
    QStringList issues() const { return m_issueTexts; }
    bool isAcceptable() const;
    QSize sizeHint() const override;

protected:
    SectionDialog(ConfigDocument document, QWidget* parent);

    // Writes the fields into `document`, a fresh copy of the original. Returns problems the loader
    // cannot see (an empty or taken name), as sentences.
    virtual QStringList applyTo(ConfigDocument& document) const = 0;
    // "servers.NAME", "databases.NAME" or "defaults": whose issues are listed first.
    virtual QString section() const = 0;

    const ConfigDocument& original() const { return m_original; }
    QFormLayout* form() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // Re-applies and re-validates; connect every field's change signal here.
    void revalidate();
    // The first time: the dialog takes sizeHint() (unless resized before), the first field of the
    // form gets the focus, and the buttons come last in the Tab order (they were made before the
    // fields of the derived dialog).
    void showEvent(QShowEvent* event) override;

private:
    ConfigDocument m_original;
    ConfigDocument m_edited;
    std::optional<Config> m_config;
    QStringList m_issueTexts;
    bool m_hasLocalProblems = false;
    bool m_shownOnce = false;
    QFormLayout* m_form;
    QScrollArea* m_scroll;
    QLabel* m_issuesLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace larder

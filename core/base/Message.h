// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QJsonValue;

namespace larder {

// A user-facing message kept language-neutral until it is shown, so that history written by a
// German cron run reads in English in an English window. A message is one of:
// - plain text: never translated (pg_dump's stderr, a path, a name, a legacy history entry);
// - a translatable source (the English text in the code, under its tr() context, with an optional
//   count for %n) whose %1..%99 take the arguments, each itself a message (plain or nested);
// - a sequence: messages shown one after the other (a message, "; ", a second cause).
// toString() translates at call time, with whatever translator the reading process installed.
class Message
{
public:
    // Stored text nested deeper than this, or that would render longer than kMaxRendered (a
    // "%1%1" nested in itself doubles at each level), is not trusted: it is shown as stored.
    static constexpr int kMaxDepth = 32;
    static constexpr qsizetype kMaxRendered = 1 << 20;
    // Marks the structured storage form; text without it is plain (every history before it).
    static const QLatin1StringView kStoredPrefix;

    Message() = default;
    // context: as tr() sees it ("larder::PgToolTask", "RunRecovery"); source: through
    // QT_TRANSLATE_NOOP, or QT_TR_NOOP inside the class, so that lupdate extracts it there.
    Message(const char* context, const char* source);
    static Message plain(const QString& text);
    // For a class with tr(): its context, with the source through QT_TR_NOOP in its methods.
    template <typename T>
    static Message of(const char* source)
    {
        return Message(T::staticMetaObject.className(), source);
    }

    // The next %N: plain text, a number or a nested message.
    Message arg(const QString& text) const;
    Message arg(qint64 number) const;
    Message arg(const Message& nested) const;
    // The n of a %n source (translated with its plural form).
    Message withCount(int count) const;
    // This message followed by more: "a; b" keeps both parts language-neutral.
    Message followedBy(const QString& text) const;
    Message followedBy(const Message& next) const;

    bool isEmpty() const;
    QString toString() const;

    // The storage form: plain text as is (unless it could be mistaken for the marked form), else
    // kStoredPrefix and compact JSON. fromStored() reads either; unmarked or malformed text is plain.
    QString serialize() const;
    static Message fromStored(const QString& stored);
    // Stored text in the reader's language; what cannot be decoded or rendered safely, as stored.
    static QString display(const QString& stored);

    bool operator==(const Message& other) const;
    bool operator!=(const Message& other) const { return !(*this == other); }

private:
    enum class Kind { Plain, Translatable, Sequence };

    // Appends this message to out; false when a budget (output size, steps) ran out.
    bool render(QString& out, qsizetype& steps) const;
    bool substitute(const QString& pattern, QString& out, qsizetype& steps) const;
    QJsonValue toJson() const;
    static std::optional<Message> fromJson(const QJsonValue& value, int depth);

    Kind m_kind = Kind::Plain;
    QString m_context;
    QString m_text; // the plain text, or the English source
    int m_count = -1;
    QList<Message> m_parts; // arguments, or a sequence's parts
};

} // namespace larder

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace larder {

// SHA-256 for dump checksums. Uses OpenSSL's libcrypto when it can be loaded (it is already in the
// process once libpq has connected): with SHA-NI or AVX2 it hashes ~1.7 GB/s where Qt 6.4's own
// implementation manages ~150 MB/s, which made the checksum pass the largest fixed cost of a small
// dump and seconds of every large one. QCryptographicHash otherwise (macOS, no libcrypto).
class Sha256 final
{
public:
    enum class Backend { Automatic, QtOnly };

    explicit Sha256(Backend backend = Backend::Automatic);
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    Sha256(Sha256&&) = delete;
    Sha256& operator=(Sha256&&) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest; the object is spent afterwards.
    QByteArray result();
    bool usesLibCrypto() const;

    static QByteArray hash(QByteArrayView data, Backend backend = Backend::Automatic);
    // Whether libcrypto could be loaded in this process (loads it on first call).
    static bool libCryptoAvailable();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace larder

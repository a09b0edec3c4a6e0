// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// larder_ui is the union of its areas' object libraries (see CMakeLists.txt); nothing of its own.

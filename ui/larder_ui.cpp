// larder_ui is the union of its areas' object libraries (see CMakeLists.txt); nothing of its own.

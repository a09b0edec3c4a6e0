#include "MainWindow.h"

using namespace larder;

// Being written (issue 3): only the destructor exists so far.
MainWindow::~MainWindow() = default;
void MainWindow::closeEvent(QCloseEvent* event)
{
    QMainWindow::closeEvent(event);
}

#include "application.h"

int main(int argc, char** argv) {
    return orrery::app::runApplication(argc, argv);
}

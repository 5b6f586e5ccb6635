#include "redressicons.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares qInitResources_icons() in the scope it is used in, so it must not be expanded inside
// namespace redress (the symbol rcc generates is global).
static void initIconsResource()
{
    Q_INIT_RESOURCE(icons);
}

namespace redress {

void initIcons()
{
    initIconsResource();
}

} // namespace redress

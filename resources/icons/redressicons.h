#pragma once

namespace redress {

/// Registers the `:/icons/` resources. Linking redress_icons already does this; call it only where the resource
/// must be there before static initialisation is certain to have run. Calling it again is harmless.
void initIcons();

} // namespace redress

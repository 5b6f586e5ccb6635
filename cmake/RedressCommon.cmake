# Compile settings shared by every Redress target (qBittorrent's qbt_common_cfg).
add_library(redress_common_cfg INTERFACE)
target_compile_features(redress_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(redress_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(redress_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(REDRESS_WERROR)
    target_compile_options(redress_common_cfg INTERFACE -Werror)
endif()

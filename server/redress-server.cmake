# redress_server_lib: storage (database, migrations), services (users, sessions, audit, cases, compensation,
# approvals, sync) and the HTTP API, as one library that redress-server, redress-admin and the tests link.
find_package(Qt6 6.4 REQUIRED COMPONENTS Sql Network HttpServer WebSockets)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)

file(GLOB REDRESS_SERVER_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/storage/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/storage/*.h
    ${CMAKE_CURRENT_SOURCE_DIR}/service/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/service/*.h
    ${CMAKE_CURRENT_SOURCE_DIR}/api/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/api/*.h)
add_library(redress_server_lib STATIC ${REDRESS_SERVER_SOURCES})
target_include_directories(redress_server_lib PUBLIC
    ${CMAKE_CURRENT_SOURCE_DIR}/storage ${CMAKE_CURRENT_SOURCE_DIR}/service ${CMAKE_CURRENT_SOURCE_DIR}/api)
target_link_libraries(redress_server_lib
    PUBLIC redress_core Qt6::Core Qt6::Sql Qt6::Network Qt6::HttpServer Qt6::WebSockets
    PRIVATE PkgConfig::SODIUM redress_common_cfg)

add_executable(redress-server redress_server_main.cpp)
target_link_libraries(redress-server PRIVATE redress_server_lib redress_common_cfg)
target_compile_definitions(redress-server PRIVATE
    REDRESS_VERSION="${PROJECT_VERSION}"
    # The build tree runs from the sources' seed; an installed server from share/redress/seed.
    $<IF:$<BOOL:${REDRESS_INSTALLED_SEED}>,REDRESS_SEED_DIR="${CMAKE_INSTALL_PREFIX}/share/redress/seed",REDRESS_SEED_DIR="${PROJECT_SOURCE_DIR}/resources/seed">)
install(TARGETS redress-server RUNTIME DESTINATION bin)

# Sync under faults: a misbehaving TCP proxy, a server killed mid-push, a client killed mid-write.
add_executable(crashwriter crashwriter.cpp)
target_link_libraries(crashwriter PRIVATE redress_models_testsupport redress_common_cfg)
redress_add_test(NAME tst_syncfaults SOURCES tst_syncfaults.cpp faultproxy.cpp faultproxy.h
                 LIBS redress_models_testsupport TIMEOUT 600)
target_compile_definitions(tst_syncfaults PRIVATE REDRESS_CRASHWRITER_PATH="$<TARGET_FILE:crashwriter>")
add_dependencies(tst_syncfaults crashwriter)

# Credentials and profiles (included by tests/models/CMakeLists.txt).
redress_add_test(NAME tst_profile SOURCES tst_profile.cpp LIBS redress_models)

# tst_credentials is registered by hand, like redress_add_test() does, because its keychain cases need a real
# Secret Service around the run: with-keychain.sh gives it a private D-Bus session and an unlocked, throwaway
# GNOME Keyring under a temporary HOME. Without those tools the script runs the test as is, and the keychain
# cases skip, saying why.
add_executable(tst_credentials tst_credentials.cpp)
target_link_libraries(tst_credentials PRIVATE Qt6::Test redress_common_cfg redress_models Qt6Keychain::Qt6Keychain)
add_test(NAME tst_credentials
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/with-keychain.sh $<TARGET_FILE:tst_credentials>)
set_tests_properties(tst_credentials PROPERTIES TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false")

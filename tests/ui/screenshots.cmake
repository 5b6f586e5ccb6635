# redress-screenshots: not a test — scripts/screenshots.sh runs it under Xvfb to re-take docs/screenshots.
add_executable(redress-screenshots screenshots.cpp uitestsupport.cpp uitestsupport.h)
target_link_libraries(redress-screenshots PRIVATE redress_ui redress_models_testsupport redress_common_cfg)

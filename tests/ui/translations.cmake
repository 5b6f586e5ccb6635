# The Spanish catalogue: checked as a Linguist file (every message finished, placeholders, accelerators and tags kept)
# and as the compiled .qm the widgets load. The executable embeds its own .qm; the test compiles the same .ts so it
# needs only redress_ui.
redress_add_test(NAME tst_translations SOURCES tst_translations.cpp LIBS redress_ui)
qt_add_lrelease(tst_translations
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/redress_es.ts
    NO_GLOBAL_TARGET
    QM_FILES_OUTPUT_VARIABLE tst_translations_qm)
qt_add_resources(tst_translations "tst_i18n"
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${tst_translations_qm})

# Item models (issue 4): the models views show, tested headless with QAbstractItemModelTester.
redress_add_test(NAME tst_searchquery SOURCES tst_searchquery.cpp LIBS redress_models)
redress_add_test(NAME tst_caselistmodel SOURCES tst_caselistmodel.cpp LIBS redress_models TIMEOUT 600)

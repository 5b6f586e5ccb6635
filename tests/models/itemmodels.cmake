# Item models (issue 4): the models views show, tested headless with QAbstractItemModelTester.
redress_add_test(NAME tst_searchquery SOURCES tst_searchquery.cpp LIBS redress_models)
redress_add_test(NAME tst_caselistmodel SOURCES tst_caselistmodel.cpp LIBS redress_models TIMEOUT 600)
redress_add_test(NAME tst_searchmodel SOURCES tst_searchmodel.cpp LIBS redress_models_testsupport TIMEOUT 600)
redress_add_test(NAME tst_timelinemodel SOURCES tst_timelinemodel.cpp LIBS redress_models_testsupport)
redress_add_test(NAME tst_approvalqueuemodel SOURCES tst_approvalqueuemodel.cpp LIBS redress_models)
redress_add_test(NAME tst_templatelistmodel SOURCES tst_templatelistmodel.cpp LIBS redress_models)
redress_add_test(NAME tst_treewalkmodel SOURCES tst_treewalkmodel.cpp LIBS redress_models)

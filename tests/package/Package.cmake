# The installable Scrutineer: the desktop entry and metainfo validated, the .deb made by cpack from
# this build tree (it needs the build, and does not rebuild), checked by lintian, unpacked into a
# temporary root, its contents checked, and the unpacked binary run. See package-test.sh.
set(package_test ${CMAKE_CURRENT_LIST_DIR}/package-test.sh)
get_directory_property(app_id DIRECTORY ${CMAKE_SOURCE_DIR}/data DEFINITION SCRUTINEER_APP_ID)
get_directory_property(deb_release DIRECTORY ${CMAKE_SOURCE_DIR}/data DEFINITION CPACK_DEBIAN_PACKAGE_RELEASE)
set(package_env
  SOURCE_DIR=${CMAKE_SOURCE_DIR}
  BUILD_DIR=${CMAKE_BINARY_DIR}
  WORK=${CMAKE_BINARY_DIR}/test-package
  APP_ID=${app_id}
  VERSION=${PROJECT_VERSION}
  DEB_RELEASE=${deb_release}
  LC_ALL=C.UTF-8
  LANGUAGE=
  XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data
  XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config)
foreach(step metadata build lintian contents runs)
  string(SUBSTRING ${step} 0 1 first)
  string(TOUPPER ${first} first)
  string(SUBSTRING ${step} 1 -1 rest)
  set(name Package${first}${rest})
  add_test(NAME ${name} COMMAND bash ${package_test} ${step})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${package_env}" TIMEOUT 180)
  if(step STREQUAL build)
    set_tests_properties(${name} PROPERTIES FIXTURES_SETUP scrutineer_deb)
  elseif(NOT step STREQUAL metadata)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED scrutineer_deb)
  endif()
endforeach()

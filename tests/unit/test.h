/* test.h: what every cmocka test file includes. */
#ifndef BEREDT_TEST_H
#define BEREDT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#endif

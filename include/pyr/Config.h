//===- Config.h - Build-wide constants ---------------------------*- C++ -*-===//

#ifndef PYR_CONFIG_H
#define PYR_CONFIG_H

#define PYR_VERSION_STRING "0.1.0"

#endif

# -*- Python -*-
# lit configuration for pyr. Loaded through the generated lit.site.cfg.py.
import os
import shutil
import lit.formats

config.name = "pyr"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.pyr_obj_root, "test")

# Tools come from the build tree; FileCheck, not and count from LLVM 14.
config.environment["PATH"] = os.pathsep.join(
    [config.pyr_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])
config.environment["LC_ALL"] = "C.UTF-8"
config.environment["PYTHONIOENCODING"] = "utf-8"

# %python: the CPython 3.11 oracle, started without site packages.
config.substitutions.append(("%python-full", config.reference_python))
config.substitutions.append(("%python", config.reference_python + " -S -E"))
# %host-python: the interpreter that runs helper scripts in utils/.
config.substitutions.append(("%host-python", config.python_executable))
# %diff-python FILE: run FILE under pyr-run and CPython and compare stdout
# and exit status (see utils/diff-python.py).
config.substitutions.append(
    ("%diff-python",
     "%s %s --pyr %s --python %s" % (
         config.python_executable,
         os.path.join(config.pyr_src_root, "utils", "diff-python.py"),
         os.path.join(config.pyr_tools_dir, "pyr-run"),
         config.reference_python)))
config.substitutions.append(("%pyr_tools_dir", config.pyr_tools_dir))
config.substitutions.append(("%utils", os.path.join(config.pyr_src_root, "utils")))

if os.path.exists(config.reference_python):
    config.available_features.add("reference-python")
if config.pyr_sanitized:
    config.available_features.add("sanitizer")
if shutil.which("valgrind"):
    config.available_features.add("valgrind")
config.substitutions.append(("%pyr_obj_root", config.pyr_obj_root))

# Sanitizer settings reach the tools under test (lit passes a clean
# environment otherwise).
for var in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

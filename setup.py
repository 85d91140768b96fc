"""Packs python/marsad and the extension CMake built (build/python/marsad/_marsad*.so, or
$MARSAD_BUILD_DIR/python/marsad) into a wheel. The extension is not compiled here: build it
first with `bash scripts/build.sh`. setuptools' own scratch files go to build/setuptools."""
import glob
import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, os.environ.get("MARSAD_BUILD_DIR", "build"))


class BuildPy(build_py):
    """The package's .py files, then the prebuilt extension next to them."""

    def run(self):
        super().run()
        built = glob.glob(os.path.join(BUILD, "python", "marsad", "_marsad*.so"))
        if not built:
            raise SystemExit(f"marsad: no extension in {BUILD}/python/marsad: run "
                             "`bash scripts/build.sh` first (or set MARSAD_BUILD_DIR)")
        target = os.path.join(self.build_lib, "marsad")
        os.makedirs(target, exist_ok=True)
        for path in built:
            shutil.copy2(path, target)


class BinaryDistribution(Distribution):
    """A platform wheel (cp311-linux_x86_64), not a pure-Python one: it carries an extension."""

    def has_ext_modules(self):
        return True


scratch = os.path.join(BUILD, "setuptools")
os.makedirs(scratch, exist_ok=True)
setup(
    packages=["marsad"],
    package_dir={"": "python"},
    cmdclass={"build_py": BuildPy},
    distclass=BinaryDistribution,
    options={"build": {"build_base": scratch}, "egg_info": {"egg_base": scratch}},
)

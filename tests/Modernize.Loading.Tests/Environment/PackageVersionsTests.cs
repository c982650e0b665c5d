using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Environment;

/// <summary>When the feeds lack a packages.config version, HintPaths map to the closest installed version of the same major.</summary>
public class PackageVersionsTests
{
    [Fact]
    public void The_closest_same_major_version_stands_in_for_a_missing_one()
    {
        using var packages = new TempDirectory();
        foreach (var version in new[] { "3.9.0", "4.8.1", "4.9.4", "4.10.0", "5.0.0" })
        {
            packages.Write($"autofac/{version}/lib/net45/Autofac.dll", "not really an assembly");
        }

        Assert.Equal("4.9.4", PackageVersions.SameMajor(packages.Path, "Autofac", "4.9.1"));
        Assert.Equal("4.10.0", PackageVersions.SameMajor(packages.Path, "Autofac", "4.9.9"));
        Assert.Equal("4.10.0", PackageVersions.SameMajor(packages.Path, "Autofac", "4.11.0"));
        Assert.Null(PackageVersions.SameMajor(packages.Path, "Autofac", "6.0.0"));
        Assert.Null(PackageVersions.SameMajor(packages.Path, "Missing", "1.0.0"));

        var mapped = new PackageResolver(packages.Path).MapHintPath(@"..\packages\Autofac.4.9.1\lib\net45\Autofac.dll", [new PackageItem("Autofac", "4.9.1", "packages.config")]);
        Assert.Equal(packages.Combine("autofac", "4.9.4", "lib", "net45", "Autofac.dll"), mapped);
    }
}

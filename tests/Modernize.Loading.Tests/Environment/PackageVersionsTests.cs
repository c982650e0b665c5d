using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Environment;

/// <summary>When the feeds lack a package version, the nearest served one stands in: same major first, else nearest higher, else nearest lower.</summary>
public class PackageVersionsTests
{
    [Theory]
    [InlineData("4.9.1", "4.9.4")] // same major, the nearest higher
    [InlineData("4.9.9", "4.10.0")]
    [InlineData("4.11.0", "4.10.0")] // same major, nothing higher: the nearest lower
    [InlineData("6.0.0", "7.2.0")] // no same major: the nearest higher
    [InlineData("9.0.0", "7.2.0")] // nothing higher: the nearest lower
    [InlineData("4.8.1", "4.8.1")] // the exact version when it is there
    public void The_stand_in_favours_the_same_major_then_higher_then_lower(string wanted, string expected)
    {
        string[] served = ["3.9.0", "4.8.1", "4.9.4", "4.10.0", "5.0.0-beta1", "7.2.0", "8.0.0-preview.1"];
        Assert.Equal(expected, PackageVersions.StandIn(wanted, served));
    }

    [Fact]
    public void Prereleases_stand_in_only_for_prereleases_and_nothing_stands_in_for_an_unserved_package()
    {
        Assert.Equal("5.0.0-beta1", PackageVersions.StandIn("5.0.0-alpha", ["5.0.0-beta1", "4.0.0"]));
        Assert.Equal("4.0.0", PackageVersions.StandIn("5.0.0", ["5.0.0-beta1", "4.0.0"]));
        Assert.Null(PackageVersions.StandIn("1.0.0", []));
    }

    [Fact]
    public void HintPaths_map_to_the_installed_stand_in()
    {
        using var packages = new TempDirectory();
        foreach (var version in new[] { "3.9.0", "4.8.1", "4.9.4", "4.10.0", "9.0.1" })
        {
            packages.Write($"autofac/{version}/lib/net45/Autofac.dll", "not really an assembly");
        }

        Assert.Equal("4.9.4", PackageVersions.Installed(packages.Path, "Autofac", "4.9.1"));
        Assert.Equal("9.0.1", PackageVersions.Installed(packages.Path, "Autofac", "6.0.0"));
        Assert.Null(PackageVersions.Installed(packages.Path, "Missing", "1.0.0"));

        var mapped = new PackageResolver(packages.Path).MapHintPath(@"..\packages\Autofac.4.9.1\lib\net45\Autofac.dll", [new PackageItem("Autofac", "4.9.1", "packages.config")]);
        Assert.Equal(packages.Combine("autofac", "4.9.4", "lib", "net45", "Autofac.dll"), mapped);
    }

    [Fact]
    public void A_stand_in_without_the_named_framework_folder_gives_the_nearest_one()
    {
        // Autofac 5.2.0 is not served; 6.0.0 stands in and ships no lib/net461, only .NET Standard (SmartStoreNET's case).
        using var packages = new TempDirectory();
        packages.Write("autofac/6.0.0/lib/netstandard2.1/Autofac.dll", "not really an assembly");
        packages.Write("autofac/6.0.0/lib/netstandard2.0/Autofac.dll", "not really an assembly");
        packages.Write("entityframework/6.5.1/lib/net40/EntityFramework.dll", "not really an assembly");
        packages.Write("entityframework/6.5.1/lib/net45/EntityFramework.dll", "not really an assembly");
        packages.Write("entityframework/6.5.1/lib/netstandard2.1/EntityFramework.dll", "not really an assembly");
        var resolver = new PackageResolver(packages.Path);

        var autofac = resolver.MapHintPath(@"..\packages\Autofac.5.2.0\lib\net461\Autofac.dll", [new PackageItem("Autofac", "5.2.0", "packages.config")]);
        var entityFramework = resolver.MapHintPath(@"..\packages\EntityFramework.6.4.4\lib\net461\EntityFramework.dll", [new PackageItem("EntityFramework", "6.4.4", "packages.config")]);

        Assert.Equal(packages.Combine("autofac", "6.0.0", "lib", "netstandard2.0", "Autofac.dll"), autofac);
        Assert.Equal(packages.Combine("entityframework", "6.5.1", "lib", "net45", "EntityFramework.dll"), entityFramework);
        Assert.Null(resolver.MapHintPath(@"..\packages\Autofac.5.2.0\lib\net461\Autofac.Integration.Mvc.dll", [new PackageItem("Autofac", "5.2.0", "packages.config")]));
    }
}

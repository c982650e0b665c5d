using Modernize.Loading.Environment;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Support;

/// <summary>
/// A fixture copied out of the repository before loading: inside it, the repository's own Directory.Build.props
/// (nullable, warnings as errors, implicit usings) would apply to the fixture as MSBuild rightly imports it.
/// </summary>
public abstract class CopiedFixture : LoadedSolution
{
    private readonly TempDirectory temp = new("modernize-fixture");

    protected CopiedFixture(string fixture, string entry)
    {
        Folder = temp.CopyFrom(RepoPaths.Fixture(fixture));
        Entry = entry;
    }

    public string Folder { get; }

    public string Entry { get; }

    protected override string Path => System.IO.Path.Combine(Folder, Entry);

    protected override void Cleanup() => temp.Dispose();
}

/// <summary>fixtures/legacy-shop loaded with MSBuild.</summary>
public sealed class LegacyShop() : CopiedFixture("legacy-shop", "LegacyShop.sln");

/// <summary>
/// fixtures/legacy-shop loaded in safe mode, on a machine where the .NET Framework reference assemblies are installed (as
/// after one normal scan). Safe mode starts no process, so it never downloads them; without this, on a fresh machine the
/// result hung on whether the MSBuild fixture had restored them before this one loaded.
/// </summary>
public sealed class LegacyShopSafe() : CopiedFixture("legacy-shop", "LegacyShop.sln")
{
    protected override LoadOptions Options => new(Safe: true);

    protected override async Task BeforeLoadAsync()
    {
        var referenceAssemblies = new FrameworkReferenceAssemblies();
        var choices = new[] { "v4.7.2", "v4.8" }.Select(referenceAssemblies.Choose);
        var missing = await ReferenceAssemblyRestorer.EnsureInstalledAsync(choices, MsBuildEnvironment.Register().DotnetExecutable, CancellationToken.None);
        Assert.Empty(missing);
    }
}

/// <summary>
/// legacy-shop loaded once by MSBuild and once in safe mode for every test class that reads it (an MSBuild load costs seconds);
/// the tests only read the workspaces, so they share them (decision 75).
/// </summary>
[CollectionDefinition(Name)]
public sealed class LegacyShopLoads : ICollectionFixture<LegacyShop>, ICollectionFixture<LegacyShopSafe>
{
    public const string Name = "legacy-shop loaded";
}

/// <summary>The projects of fixtures/legacy-shop, as theory data.</summary>
public static class LegacyShopProjects
{
    public static TheoryData<string> All { get; } = new(["Shop.Web", "Shop.Business", "Shop.Data", "Shop.Common", "Shop.Reporting"]);
}

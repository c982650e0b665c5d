namespace Modernize.Model.Graph;

/// <summary>Where a project lists a package (<see cref="PackageReferenceInfo.Source"/>): the two spellings, defined once.</summary>
public static class PackageSources
{
    public const string PackageReference = "PackageReference";

    public const string PackagesConfig = "packages.config";
}

using Modernize.Testing;

namespace Modernize.Loading.Tests.Support;

/// <summary>Writes small real projects for loading scenarios the fixtures do not cover.</summary>
public static class SmallProjects
{
    public static void SdkCSharp(TempDirectory dir, string folder, string name, string framework = "net10.0", string extraProperties = "", string items = "")
    {
        dir.Write($"{folder}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework{(framework.Contains(';', StringComparison.Ordinal) ? "s" : string.Empty)}>{framework}</TargetFramework{(framework.Contains(';', StringComparison.Ordinal) ? "s" : string.Empty)}>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
            </Project>
            """);
        dir.Write($"{folder}/{name}Service.cs", $$"""
            namespace {{name}};

            public sealed class {{name}}Service
            {
                public IReadOnlyList<string> Names() => new List<string> { "a" }.Select(x => x).ToList();
            }
            """);
    }

    public static void SdkVisualBasic(TempDirectory dir, string folder, string name)
    {
        dir.Write($"{folder}/{name}.vbproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>VbLib</RootNamespace>
              </PropertyGroup>
            </Project>
            """);
        dir.Write($"{folder}/Greeter.vb", """
            Public Class Greeter
                Public Function Greet(name As String) As String
            #If DEBUG Then
                    Return "Hello " & name & " " & Microsoft.VisualBasic.Strings.Left(name, 1)
            #Else
                    Return "Hello " & name
            #End If
                End Function
            End Class
            """);
    }

    /// <summary>
    /// <c>App/App.csproj</c>, a net10.0 library whose one type reads JSON with Newtonsoft.Json at <paramref name="version"/>
    /// (a plain version, an exact pin, a floating one): its compile errors say whether the package's types resolved.
    /// </summary>
    public static void JsonReader(GitRepository repo, string version)
    {
        repo.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        repo.Write("App/Reader.cs", "namespace App; public static class Reader { public static object? Read(string json) => Newtonsoft.Json.JsonConvert.DeserializeObject(json); }");
    }
}

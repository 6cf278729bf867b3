using Microsoft.Extensions.DependencyInjection;

namespace Voice.Runtime.Hosting;

/// <summary>A grain class and its cached constructor-injection factory.</summary>
internal sealed record GrainClassInfo(Type GrainClass, ObjectFactory Factory);

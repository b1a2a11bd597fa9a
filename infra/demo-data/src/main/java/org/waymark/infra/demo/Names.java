package org.waymark.infra.demo;

import java.util.List;

/**
 * Small fixed name lists. Given names are common ones; family names are Herefordshire rivers and
 * brooks, so every generated person is plausible on screen and obviously synthetic.
 */
final class Names {
  private Names() {}

  static final List<String> GIVEN_F =
      List.of(
          "Amelia", "Olivia", "Isla", "Ava", "Freya", "Lily", "Grace", "Sophia", "Evie", "Aisha",
          "Maryam", "Zara", "Amara", "Chloe", "Ella", "Ruby", "Maja", "Zofia", "Mei", "Priya",
          "Hannah", "Leah", "Nia", "Erin");

  static final List<String> GIVEN_M =
      List.of(
          "Oliver",
          "George",
          "Noah",
          "Arthur",
          "Leo",
          "Harry",
          "Oscar",
          "Jack",
          "Muhammad",
          "Ibrahim",
          "Yusuf",
          "Kwame",
          "Tomasz",
          "Jakub",
          "Wei",
          "Arjun",
          "Ethan",
          "Jacob",
          "Samuel",
          "Daniel",
          "Rhys",
          "Callum",
          "Kai",
          "Finley");

  static final List<String> FAMILY =
      List.of(
          "Wye",
          "Lugg",
          "Arrow",
          "Teme",
          "Frome",
          "Monnow",
          "Dore",
          "Leadon",
          "Olchon",
          "Escley",
          "Garren",
          "Pinsley",
          "Kenwater",
          "Marden",
          "Gamber",
          "Worm",
          "Cage",
          "Lodon",
          "Stretford",
          "Humber",
          "Pentaloe",
          "Rudhall",
          "Glynch",
          "Gilbert",
          "Clearbrook",
          "Ledbury",
          "Kington",
          "Staunton",
          "Eign",
          "Yazor");

  static final List<String> TITLES = List.of("Ms", "Mr", "Mx", "Dr", "Mrs");

  static final List<String> TUTOR_FAMILY_NAMES =
      List.of(
          "Alder", "Birch", "Cedar", "Hazel", "Holly", "Juniper", "Larch", "Linden", "Maple",
          "Rowan", "Willow", "Yew");

  static final List<String> PLACES =
      List.of(
          "Ashvale",
          "Brookmere",
          "Coldbrook",
          "Dunmore",
          "Elmstead",
          "Foxley",
          "Greyfield",
          "Hollinsford",
          "Kestrel Hill",
          "Larkbridge",
          "Millbrook",
          "Northwold",
          "Oakmere",
          "Pendle Cross",
          "Quarrybank",
          "Redwater",
          "Stonebridge",
          "Thornbury Vale",
          "Underhill",
          "Whitmore",
          "Yarrowdale");

  static final List<String> ALTERNATIVE_PROVIDERS =
      List.of(
          "Riverside Learning Centre",
          "Orchard Farm Outdoor Learning",
          "Hillside Motor Project",
          "Meadow Arts Studio",
          "Canalside Boxing Academy",
          "Forest Skills Workshop");
}

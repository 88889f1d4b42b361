"""How broad a gazetteer place is, for the place conflict of :mod:`analyze.places`.

A place conflict is evidence only between places of one kind: two cities ("flood in Hamburg" /
"flood in Dresden"), two states or provinces, two countries. A country against a city ("China" /
"Beijing"), a province against its city (湖北 / 武汉) may be one place said at two scales — a
gazetteer of names holds no containment, so those never conflict. Rivers, seas, mountains and
canals ("the Elbe") cross borders and conflict with nothing.

Canonical English names of the gazetteer rows (``gazetteer.py``, ``gazetteer_world.py``), separated
by `` | ``; a row in neither list is a city, district or other local place.
"""

from __future__ import annotations

from functools import lru_cache

BROAD = """
Russia | Ukraine | North Korea | South Korea | China | Taiwan | Hong Kong | Macau | Japan | United States |
United Kingdom | Germany | France | Italy | Spain | Portugal | Netherlands | Belgium | Switzerland | Austria |
Poland | Czech Republic | Slovakia | Hungary | Romania | Bulgaria | Greece | Serbia | Croatia | Moldova |
Belarus | Lithuania | Latvia | Estonia | Finland | Sweden | Norway | Denmark | Iceland | Ireland | Turkey |
Georgia | Armenia | Azerbaijan | Kazakhstan | Uzbekistan | Mongolia | India | Pakistan | Afghanistan |
Bangladesh | Sri Lanka | Nepal | Myanmar | Thailand | Vietnam | Laos | Cambodia | Malaysia | Singapore |
Indonesia | Philippines | Australia | New Zealand | Canada | Mexico | Cuba | Venezuela | Colombia | Brazil |
Argentina | Chile | Peru | Iran | Iraq | Syria | Lebanon | Israel | Palestine | Gaza | West Bank | Jordan |
Saudi Arabia | Yemen | Qatar | United Arab Emirates | Egypt | Libya | Tunisia | Algeria | Morocco | Sudan |
Ethiopia | Kenya | Nigeria | South Africa | Europe | Asia | Africa | Middle East | Korean Peninsula | Eastern
Germany | Western Germany | Southern Germany | Northern Germany | Arctic | Antarctica | Siberia | Caucasus |
Balkans | Scandinavia | Latin America | North America | South America | Southeast Asia | Central Asia | East
Asia | Eastern Europe | Western Europe | Slovenia | Bosnia and Herzegovina | Kosovo | Albania | North
Macedonia | Montenegro | Luxembourg | Cyprus | Malta | Monaco | Liechtenstein | Kyrgyzstan | Tajikistan |
Turkmenistan | Oman | Kuwait | Bahrain | Somalia | South Sudan | Uganda | Tanzania | Rwanda | Democratic
Republic of the Congo | Angola | Mozambique | Zimbabwe | Zambia | Ghana | Senegal | Mali | Niger | Burkina
Faso | Cameroon | Ivory Coast | Madagascar | Ecuador | Bolivia | Paraguay | Uruguay | Panama | Costa Rica |
Nicaragua | Honduras | Guatemala | El Salvador | Haiti | Dominican Republic | Jamaica | Puerto Rico | Papua
New Guinea | Fiji | Brunei | East Timor | North Africa | West Africa | Scotland | Wales | England | Northern
Ireland | Midwest
"""

REGIONS = """
Crimea | Donbas | Baden-Württemberg | Bavaria | Brandenburg | Bremen | Hesse | Lower Saxony |
Mecklenburg-Western Pomerania | North Rhine-Westphalia | Rhineland-Palatinate | Saarland | Saxony |
Saxony-Anhalt | Schleswig-Holstein | Thuringia | Lower Austria | Upper Austria | Styria | Tyrol | South Tyrol
| Carinthia | Salzburg | Vorarlberg | Burgenland | Ticino | Graubünden | Valais | Upper Bavaria | Lower
Bavaria | Upper Palatinate | Swabia | Allgäu | Ruhr | Rhineland | Palatinate | Westphalia | Lusatia | Vogtland
| Sauerland | Emsland | East Frisia | Spreewald | Svalbard | Greenland | Golan Heights | Sinai | Kashmir |
Xinjiang | Tibet | Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware |
Florida | Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Maryland |
Massachusetts | Michigan | Minnesota | Missouri | Montana | Nebraska | Nevada | New Hampshire | New Jersey |
New Mexico | New York State | North Carolina | North Dakota | Ohio | Oklahoma | Oregon | Pennsylvania | Rhode
Island | South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont | Virginia | Washington State |
West Virginia | Wisconsin | Wyoming | Ontario | Quebec | British Columbia | Alberta | Manitoba | Saskatchewan
| Nova Scotia | New Brunswick | Newfoundland and Labrador | Prince Edward Island | Queensland | New South
Wales | Hebei | Shanxi | Liaoning | Jilin | Heilongjiang | Jiangsu | Zhejiang | Anhui | Fujian | Jiangxi |
Shandong | Henan | Hubei | Hunan | Guangdong | Hainan | Sichuan | Guizhou | Yunnan | Shaanxi | Gansu | Qinghai
| Inner Mongolia | Guangxi | Ningxia | Okinawa | Hokkaido | Kyushu | Honshu | Shikoku | Sicily | Sardinia |
Corsica | Crete | Mallorca | Canary Islands | Lombardy | Tuscany | Catalonia | Andalusia | Basque Country |
Normandy | Brittany | Provence | Alsace | Flanders | Wallonia | Bali | Sumatra | Java | Sulawesi | Borneo |
Luzon | Mindanao
"""

FEATURES = """
Baltic Sea | Black Sea | South China Sea | Taiwan Strait | Atlantic | Pacific | Indian Ocean | Far East |
Black Forest | Eifel | Harz | Ore Mountains | Lake Constance | Alps | Rhine | Danube | Elbe | Moselle | Neckar
| Weser | Isar | Spree | Havel | Saale | Inn River | Ilz | Lech | Ahr | Lahn | Vistula | Thames | Rhône |
Loire | Tiber | Volga | Dnipro | Mississippi | Nile | Yangtze | Yellow River | Mekong | Ganges | Euphrates |
Tigris | Hudson River | Rio Grande | Mediterranean | North Sea | Red Sea | Caribbean | Persian Gulf | Gulf of
Mexico | Strait of Hormuz | Suez Canal | Panama Canal | English Channel | Bering Strait | Barents Sea | Sea of
Okhotsk | Sea of Japan | East China Sea | Yellow Sea | Arabian Sea | Himalayas | Sahara
"""

COUNTRY, REGION, LOCAL = 0, 1, 2


def _keys(text: str) -> list[str]:
    return [name.strip().casefold() for name in text.replace("\n", " ").split("|") if name.strip()]


_LEVELS: dict[str, int | None] = {
    **{key: COUNTRY for key in _keys(BROAD)},
    **{key: REGION for key in _keys(REGIONS)},
    **{key: None for key in _keys(FEATURES)},
}


def level(key: str) -> int | None:
    """``COUNTRY`` (countries and wider), ``REGION`` (states, provinces, islands), ``LOCAL``
    (cities and the rest), or None for rivers, seas and mountains, which conflict with nothing."""
    return _LEVELS.get(key, LOCAL)


@lru_cache(maxsize=8192)
def levels(keys: frozenset[str]) -> frozenset[int]:
    """The levels of a set of place keys (sets are interned by ``places.place_set``: cached)."""
    return frozenset(lv for lv in map(level, keys) if lv is not None)
